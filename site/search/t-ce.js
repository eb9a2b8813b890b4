briefingSearch.terms("ce",{"ceasefire":[1,1],"central":[0,1]});
