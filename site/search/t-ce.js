briefingSearch.terms("ce",{"ceasefire":[1,1]});
