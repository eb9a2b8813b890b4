briefingSearch.terms("be",{"become":[0,2,1,2],"becoming":[0,5],"believes":[0,1],"between":[0,2,1,2]});
