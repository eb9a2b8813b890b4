briefingSearch.terms("st",{"staff":[1,1],"state":[0,1,1,2],"states":[0,2],"stemming":[1,1],"step":[1,2],"still":[1,1],"strategic":[0,1,1,2],"stressed":[1,1]});
