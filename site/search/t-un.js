briefingSearch.terms("un",{"un":[0,1,1,1],"under":[0,1],"understanding":[0,2],"undisclosed":[1,1],"united":[0,2],"unity":[0,1],"unstable":[0,2]});
